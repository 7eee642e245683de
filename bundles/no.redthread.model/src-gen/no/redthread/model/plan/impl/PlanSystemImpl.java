/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan.impl;

import java.util.Collection;

import no.redthread.model.plan.BudgetLine;
import no.redthread.model.plan.Case;
import no.redthread.model.plan.Frame;
import no.redthread.model.plan.Organisation;
import no.redthread.model.plan.Plan;
import no.redthread.model.plan.PlanPackage;
import no.redthread.model.plan.PlanSystem;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>System</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.impl.PlanSystemImpl#getName <em>Name</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanSystemImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanSystemImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanSystemImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanSystemImpl#getBudgetLines <em>Budget Lines</em>}</li>
 *   <li>{@link no.redthread.model.plan.impl.PlanSystemImpl#getFrame <em>Frame</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanSystemImpl extends IdentifiedImpl implements PlanSystem {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<Plan> plans;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected EList<Case> cases;

	/**
	 * The cached value of the '{@link #getBudgetLines() <em>Budget Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> budgetLines;

	/**
	 * The cached value of the '{@link #getFrame() <em>Frame</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrame()
	 * @generated
	 * @ordered
	 */
	protected Frame frame;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanSystemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.PLAN_SYSTEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_SYSTEM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrganisation(Organisation newOrganisation, NotificationChain msgs) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_SYSTEM__ORGANISATION, oldOrganisation, newOrganisation);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		if (newOrganisation != organisation) {
			NotificationChain msgs = null;
			if (organisation != null)
				msgs = ((InternalEObject)organisation).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN_SYSTEM__ORGANISATION, null, msgs);
			if (newOrganisation != null)
				msgs = ((InternalEObject)newOrganisation).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN_SYSTEM__ORGANISATION, null, msgs);
			msgs = basicSetOrganisation(newOrganisation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_SYSTEM__ORGANISATION, newOrganisation, newOrganisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Plan> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<Plan>(Plan.class, this, PlanPackage.PLAN_SYSTEM__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Case> getCases() {
		if (cases == null) {
			cases = new EObjectContainmentEList<Case>(Case.class, this, PlanPackage.PLAN_SYSTEM__CASES);
		}
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getBudgetLines() {
		if (budgetLines == null) {
			budgetLines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, PlanPackage.PLAN_SYSTEM__BUDGET_LINES);
		}
		return budgetLines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frame getFrame() {
		return frame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFrame(Frame newFrame, NotificationChain msgs) {
		Frame oldFrame = frame;
		frame = newFrame;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_SYSTEM__FRAME, oldFrame, newFrame);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrame(Frame newFrame) {
		if (newFrame != frame) {
			NotificationChain msgs = null;
			if (frame != null)
				msgs = ((InternalEObject)frame).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN_SYSTEM__FRAME, null, msgs);
			if (newFrame != null)
				msgs = ((InternalEObject)newFrame).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PLAN_SYSTEM__FRAME, null, msgs);
			msgs = basicSetFrame(newFrame, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PLAN_SYSTEM__FRAME, newFrame, newFrame));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.PLAN_SYSTEM__ORGANISATION:
				return basicSetOrganisation(null, msgs);
			case PlanPackage.PLAN_SYSTEM__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN_SYSTEM__CASES:
				return ((InternalEList<?>)getCases()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN_SYSTEM__BUDGET_LINES:
				return ((InternalEList<?>)getBudgetLines()).basicRemove(otherEnd, msgs);
			case PlanPackage.PLAN_SYSTEM__FRAME:
				return basicSetFrame(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlanPackage.PLAN_SYSTEM__NAME:
				return getName();
			case PlanPackage.PLAN_SYSTEM__ORGANISATION:
				return getOrganisation();
			case PlanPackage.PLAN_SYSTEM__PLANS:
				return getPlans();
			case PlanPackage.PLAN_SYSTEM__CASES:
				return getCases();
			case PlanPackage.PLAN_SYSTEM__BUDGET_LINES:
				return getBudgetLines();
			case PlanPackage.PLAN_SYSTEM__FRAME:
				return getFrame();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlanPackage.PLAN_SYSTEM__NAME:
				setName((String)newValue);
				return;
			case PlanPackage.PLAN_SYSTEM__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case PlanPackage.PLAN_SYSTEM__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends Plan>)newValue);
				return;
			case PlanPackage.PLAN_SYSTEM__CASES:
				getCases().clear();
				getCases().addAll((Collection<? extends Case>)newValue);
				return;
			case PlanPackage.PLAN_SYSTEM__BUDGET_LINES:
				getBudgetLines().clear();
				getBudgetLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
			case PlanPackage.PLAN_SYSTEM__FRAME:
				setFrame((Frame)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlanPackage.PLAN_SYSTEM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PlanPackage.PLAN_SYSTEM__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case PlanPackage.PLAN_SYSTEM__PLANS:
				getPlans().clear();
				return;
			case PlanPackage.PLAN_SYSTEM__CASES:
				getCases().clear();
				return;
			case PlanPackage.PLAN_SYSTEM__BUDGET_LINES:
				getBudgetLines().clear();
				return;
			case PlanPackage.PLAN_SYSTEM__FRAME:
				setFrame((Frame)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlanPackage.PLAN_SYSTEM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PlanPackage.PLAN_SYSTEM__ORGANISATION:
				return organisation != null;
			case PlanPackage.PLAN_SYSTEM__PLANS:
				return plans != null && !plans.isEmpty();
			case PlanPackage.PLAN_SYSTEM__CASES:
				return cases != null && !cases.isEmpty();
			case PlanPackage.PLAN_SYSTEM__BUDGET_LINES:
				return budgetLines != null && !budgetLines.isEmpty();
			case PlanPackage.PLAN_SYSTEM__FRAME:
				return frame != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //PlanSystemImpl
