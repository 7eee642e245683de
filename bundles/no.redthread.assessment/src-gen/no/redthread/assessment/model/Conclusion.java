/**
 * Redthread: generated from model/assessment.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.assessment.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conclusion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The assessor's conclusion for one dimension of the worksheet (økonomisk, sosial, miljømessig bærekraft).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.assessment.model.Conclusion#getDimensionId <em>Dimension Id</em>}</li>
 *   <li>{@link no.redthread.assessment.model.Conclusion#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see no.redthread.assessment.model.AssessmentPackage#getConclusion()
 * @model
 * @generated
 */
public interface Conclusion extends EObject {
	/**
	 * Returns the value of the '<em><b>Dimension Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dimension Id</em>' attribute.
	 * @see #setDimensionId(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getConclusion_DimensionId()
	 * @model required="true"
	 * @generated
	 */
	String getDimensionId();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Conclusion#getDimensionId <em>Dimension Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension Id</em>' attribute.
	 * @see #getDimensionId()
	 * @generated
	 */
	void setDimensionId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see no.redthread.assessment.model.AssessmentPackage#getConclusion_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link no.redthread.assessment.model.Conclusion#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // Conclusion
